# case: Gaussian soft-NMS runs a constant number of rounds, picking argmax and decaying scores with ops.exp -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftTemporalNMS(nn.Cell):
    def __init__(self, rounds=4, sigma=0.5):
        super().__init__()
        self.rounds = rounds
        self.sigma = sigma

    def construct(self, segs, scores):
        s, e = segs[:, 0], segs[:, 1]
        picked = []
        for _ in range(self.rounds):
            i = ops.argmax(scores)
            inter = ops.clamp(ops.minimum(e, e[i]) - ops.maximum(s, s[i]), min=0.0)
            iou = inter / ((e - s) + (e[i] - s[i]) - inter)
            picked.append(scores[i])
            decay = ops.exp(-(iou * iou) / self.sigma)
            scores = scores * decay
            scores = ops.where(ops.arange(scores.shape[0]) == i, ops.zeros_like(scores), scores)
        return ops.stack(picked), scores


def make():
    np.random.seed(33)
    s = np.random.rand(8).astype(np.float32) * 15
    segs = Tensor(np.stack([s, s + 3], axis=1))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return SoftTemporalNMS(), (segs, scores)
