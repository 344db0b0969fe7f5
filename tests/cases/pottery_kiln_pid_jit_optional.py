# case: @ms.jit PID controller step for kiln power with an optional feed-forward term tested with `is None` and a fixed unrolled horizon -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

KP, KI, KD = 0.8, 0.05, 0.2
HORIZON = 4


@ms.jit
def pid_power(setpoint, temps, integ, prev_err, feed_forward=None):
    power = ops.zeros_like(setpoint)
    err = setpoint - temps
    for _ in range(HORIZON):
        integ = integ + err
        deriv = err - prev_err
        power = KP * err + KI * integ + KD * deriv
        prev_err = err
        err = err - 0.1 * power
    if feed_forward is not None:
        power = power + feed_forward
    return ops.clamp(power, 0.0, 100.0), integ


def make():
    np.random.seed(38)
    sp = np.full((4,), 1240.0, np.float32)
    temps = np.random.uniform(1180.0, 1230.0, size=(4,)).astype(np.float32)
    zeros = np.zeros((4,), np.float32)
    ff = np.full((4,), 5.0, np.float32)
    return pid_power, (Tensor(sp), Tensor(temps), Tensor(zeros), Tensor(zeros), Tensor(ff))
