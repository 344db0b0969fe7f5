# case: edge-preserving smoothing replaces each superpixel by its mean colour; number of segments is taken from labels.max() -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SuperpixelSmoother(nn.Cell):
    def __init__(self, channels=3, blend=0.5):
        super().__init__()
        self.channels = channels
        self.blend = blend
        self.refine = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def segment_means(self, img, labels):
        c = self.channels
        flat = img.reshape(c, -1).transpose(1, 0)
        seg = labels.reshape(-1)
        num = labels.max() + 1
        sums = ops.unsorted_segment_sum(flat, seg, num)
        counts = ops.unsorted_segment_sum(ops.ones_like(seg).astype(ms.float32), seg, num)
        means = sums / counts.reshape(-1, 1)
        return ops.gather(means, seg, 0).transpose(1, 0).reshape(img.shape)

    def construct(self, img, labels):
        smooth = self.segment_means(img, labels)
        out = self.blend * smooth + (1 - self.blend) * img
        return out + self.refine(out)


def make():
    np.random.seed(24)
    img = Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32))
    lab = np.repeat(np.repeat(np.arange(4).reshape(2, 2), 3, 0), 3, 1).astype(np.int32)
    return SuperpixelSmoother(), (img, Tensor(lab[None, None]))
