# case: take the K worst patches of an anomaly heat map with K fixed in the constructor and zero them below threshold -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchAnomalyScorer(nn.Cell):
    def __init__(self, channels=4):
        super().__init__()
        self.conv = nn.Conv2d(channels, 1, kernel_size=3, pad_mode="same")

    def construct(self, img):
        return ops.sigmoid(self.conv(img))


class WorstPatches(nn.Cell):
    def __init__(self, k=5, defect_threshold=0.55):
        super().__init__()
        self.scorer = PatchAnomalyScorer()
        self.k = k
        self.defect_threshold = defect_threshold

    def construct(self, img):
        heat = self.scorer(img)
        b = heat.shape[0]
        flat = heat.reshape(b, -1)
        vals, idx = ops.topk(flat, self.k)
        keep = (vals > self.defect_threshold).astype(vals.dtype)
        return vals * keep, idx


def make():
    np.random.seed(3)
    img = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    return WorstPatches(), (img,)
