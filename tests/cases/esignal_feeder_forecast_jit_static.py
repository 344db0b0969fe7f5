# case: ms.jit autoregressive feeder forecast rolls forward a fixed module-level number of steps over range(<int>) -> unrolled, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AR_COEF = Tensor(np.array([0.55, 0.25, 0.12, 0.08], np.float32))
N_STEPS = 6


@ms.jit
def ar_rollout(history_kw):
    window = history_kw[-4:]
    preds = []
    for _ in range(N_STEPS):
        nxt = (window * AR_COEF[::-1]).sum()
        preds.append(nxt)
        window = ops.concat([window[1:], nxt.reshape(1)])
    return ops.stack(preds)


def make():
    np.random.seed(182)
    hist = Tensor((np.random.rand(48) * 300 + 400).astype(np.float32))
    return ar_rollout, (hist,)
