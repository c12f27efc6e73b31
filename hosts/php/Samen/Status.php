<?php

declare(strict_types=1);

namespace Samen;

/** samen_status of samen.h. */
enum Status: int
{
    case Ok = 0;
    case ErrArgument = 1;
    case ErrInput = 2;
    case ErrMemory = 3;
    case ErrInternal = 255;
}
