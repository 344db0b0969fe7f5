# case: per-patient mean/max pooling with segment ids where the number of patients is a constructor argument -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPool(nn.Cell):
    def __init__(self, num_patients, mode="mean"):
        super().__init__()
        self.num_patients = num_patients
        self.mode = mode

    def construct(self, h, seg):
        if self.mode == "max":
            return ops.unsorted_segment_max(h, seg, self.num_patients)
        total = ops.unsorted_segment_sum(h, seg, self.num_patients)
        cnt = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), seg, self.num_patients)
        return total / ops.maximum(cnt, ops.ones_like(cnt))


class ReadmissionModel(nn.Cell):
    def __init__(self, in_dim=6, dim=12, num_patients=5):
        super().__init__()
        self.enc = nn.Dense(in_dim, dim)
        self.mean_pool = SegmentPool(num_patients, "mean")
        self.max_pool = SegmentPool(num_patients, "max")
        self.cls = nn.Dense(2 * dim, 1)

    def construct(self, encounters, seg):
        h = ops.tanh(self.enc(encounters))
        z = ops.concat((self.mean_pool(h, seg), self.max_pool(h, seg)), -1)
        return ops.sigmoid(self.cls(z))


def make():
    np.random.seed(11)
    enc = Tensor(np.random.randn(10, 6).astype(np.float32))
    seg = Tensor(np.array([0, 0, 0, 1, 2, 2, 3, 3, 4, 4], np.int32))
    return ReadmissionModel(), (enc, seg)
