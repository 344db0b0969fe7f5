# case: PointRend-style refinement picks the most uncertain points, with the number of points = count of uncertain pixels -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def calculate_uncertainty(seg_logits):
    top2, _ = ops.topk(seg_logits, 2, dim=1)
    return -(top2[:, 0] - top2[:, 1])


class PointHead(nn.Cell):
    def __init__(self, in_ch=4, num_classes=4, margin=0.5):
        super().__init__()
        self.fc = nn.Dense(in_ch + num_classes, num_classes)
        self.margin = margin

    def sample_points(self, coarse):
        n, c, h, w = coarse.shape
        unc = calculate_uncertainty(coarse).reshape(n, h * w)
        num_uncertain = (unc > -self.margin).sum(axis=1).max()
        _, idx = ops.topk(unc, num_uncertain, dim=1)
        return idx

    def construct(self, fine_feats, coarse):
        n, c, h, w = coarse.shape
        idx = self.sample_points(coarse)
        flat_f = fine_feats.reshape(n, fine_feats.shape[1], h * w)
        flat_c = coarse.reshape(n, c, h * w)
        gidx = idx.expand_dims(1)
        pf = ops.gather_elements(flat_f, 2, ops.tile(gidx, (1, flat_f.shape[1], 1)))
        pc = ops.gather_elements(flat_c, 2, ops.tile(gidx, (1, c, 1)))
        point_logits = self.fc(ops.concat((pf, pc), 1).transpose(0, 2, 1))
        return point_logits, idx


def make():
    np.random.seed(16)
    fine = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    coarse = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    return PointHead(), (fine, coarse)
