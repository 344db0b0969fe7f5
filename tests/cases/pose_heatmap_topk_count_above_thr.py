# case: multi-person decoder keeping as many top-k peaks per joint as there are scores above threshold (k from tensor data) -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptivePeakDecoder(nn.Cell):
    def __init__(self, threshold=0.5, kernel=3):
        super().__init__()
        self.threshold = threshold
        self.maxpool = ops.MaxPool(kernel_size=kernel, strides=1, pad_mode="SAME")

    def count_people(self, heat):
        # number of confident peaks on the most confident joint channel
        peak = ops.select(self.maxpool(heat) == heat, heat, ops.zeros_like(heat))
        per_joint = (peak > self.threshold).astype(ms.int32).sum(axis=(2, 3))
        return per_joint.max(), peak

    def construct(self, heat):
        n, k, h, w = heat.shape
        num, peak = self.count_people(heat)
        flat = peak.reshape(n, k, h * w)
        scores, inds = ops.topk(flat, 20)
        scores = scores[:, :, :num]
        inds = inds[:, :, :num]
        return ops.stack([inds % w, inds // w], axis=-1), scores


def make():
    np.random.seed(9)
    hm = (np.random.rand(1, 4, 20, 20) ** 3).astype(np.float32)
    return AdaptivePeakDecoder(threshold=0.95), (Tensor(hm),)
