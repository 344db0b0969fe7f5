# case: superpixel-wise flow smoothing, number of segments taken from the label map's max -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def segment_mean(values, seg_ids, num_segments):
    total = ops.unsorted_segment_sum(values, seg_ids, num_segments)
    ones = ops.ones((values.shape[0], 1), ms.float32)
    count = ops.unsorted_segment_sum(ones, seg_ids, num_segments)
    return total / ops.maximum(count, 1.0)


class SuperpixelFlowSmoother(nn.Cell):
    def __init__(self, blend=0.7):
        super().__init__()
        self.blend = blend

    def construct(self, flow, labels):
        c, h, w = flow.shape
        flat = flow.reshape(c, h * w).transpose(1, 0)
        seg = labels.reshape(-1)
        num_sp = labels.max() + 1
        means = segment_mean(flat, seg, num_sp)
        smooth = ops.gather(means, seg, 0)
        out = self.blend * smooth + (1.0 - self.blend) * flat
        return out.transpose(1, 0).reshape(c, h, w)


def make():
    np.random.seed(15)
    flow = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(6, 8)).astype(np.int32))
    return SuperpixelFlowSmoother(), (flow, labels)
