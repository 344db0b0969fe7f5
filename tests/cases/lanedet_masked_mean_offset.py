# case: compute the ego vehicle lateral offset as a masked mean over lane pixels, multiplying by the mask rather than selecting -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EgoOffset(nn.Cell):
    def __init__(self, img_w=64, xm_per_px=0.05, thresh=0.5):
        super().__init__()
        self.center = img_w / 2.0
        self.xm_per_px = xm_per_px
        self.thresh = thresh
        self.cols = Tensor(np.arange(img_w, dtype=np.float32))

    def lane_x(self, prob_map):
        m = (prob_map > self.thresh).astype(ms.float32)
        # use only the bottom quarter of the image
        m = m[-(m.shape[0] // 4):]
        total = m.sum()
        return (m * self.cols).sum() / ops.maximum(total, 1.0)

    def construct(self, left_prob, right_prob):
        mid = 0.5 * (self.lane_x(left_prob) + self.lane_x(right_prob))
        return (mid - self.center) * self.xm_per_px


def make():
    np.random.seed(34)
    left = Tensor(np.random.rand(16, 64).astype(np.float32))
    right = Tensor(np.random.rand(16, 64).astype(np.float32))
    return EgoOffset(), (left, right)
