# case: near miss: rows of a comparison mask are read (bitmap[b]) but the selection indexes with an integer tensor from argmax, not with the mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakScore(nn.Cell):
    def __init__(self, thresh=0.3):
        super().__init__()
        self.thresh = thresh

    def construct(self, pred):
        prob = pred[:, 0].reshape(pred.shape[0], -1)
        bitmap = prob > self.thresh
        peak = ops.argmax(prob, dim=-1)
        out = []
        for b in range(prob.shape[0]):
            hit = bitmap[b].astype(ms.float32)
            out.append(prob[b][peak[b]] * hit.mean())
        return ops.stack(out)


def make():
    np.random.seed(4)
    return PeakScore(), (Tensor(np.random.rand(2, 1, 6, 6).astype(np.float32)),)
