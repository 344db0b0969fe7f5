# case: single-person decoder returning all joints when the best heatmap score is confident, else only the head joints (tensor if, different shapes) -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceGatedDecoder(nn.Cell):
    def __init__(self, min_score=0.5, head_joints=5):
        super().__init__()
        self.min_score = min_score
        self.head_joints = head_joints

    def _decode(self, heat):
        k, h, w = heat.shape
        flat = heat.reshape(k, -1)
        idx = flat.argmax(axis=-1)
        score = flat.max(axis=-1)
        xy = ops.stack([idx % w, idx // w], axis=-1).astype(ms.float32)
        return xy, score

    def construct(self, heat):
        xy, score = self._decode(heat)
        if score.max() > self.min_score:
            out = xy
        else:
            out = xy[:self.head_joints]
        return out


def make():
    np.random.seed(26)
    hm = (np.random.rand(17, 16, 16) * 0.8).astype(np.float32)
    return ConfidenceGatedDecoder(), (Tensor(hm),)
