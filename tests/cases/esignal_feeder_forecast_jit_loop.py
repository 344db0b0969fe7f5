# case: ms.jit autoregressive feeder forecast rolls forward a number of steps given as an input tensor, appending each prediction to a list -> loop count from data with growing list, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AR_COEF = Tensor(np.array([0.55, 0.25, 0.12, 0.08], np.float32))


@ms.jit
def ar_rollout(history_kw, n_steps):
    window = history_kw[-4:]
    preds = []
    for _ in range(n_steps):
        nxt = (window * AR_COEF[::-1]).sum()
        preds.append(nxt)
        window = ops.concat([window[1:], nxt.reshape(1)])
    return ops.stack(preds)


def make():
    np.random.seed(181)
    hist = Tensor((np.random.rand(48) * 300 + 400).astype(np.float32))
    return ar_rollout, (hist, Tensor(np.array(6, np.int32)))
