# case: step a burner duty-cycle schedule with a while loop over a Python step counter, heating the envelope each cycle -> while on a Python int, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CYCLES = 6
DUTY = (0.8, 0.2, 0.6, 0.0, 0.5, 0.3)


@ms.jit
def run_schedule(envelope_temp, ambient):
    i = 0
    temp = envelope_temp
    while i < CYCLES:
        heat = DUTY[i] * 9.0
        loss = 0.05 * (temp - ambient)
        temp = temp + heat - loss
        i += 1
    return temp


def make():
    np.random.seed(203)
    temp = Tensor((90 + np.random.rand(3) * 5).astype(np.float32))
    ambient = Tensor(np.array(12.0, dtype=np.float32))
    return run_schedule, (temp, ambient)
