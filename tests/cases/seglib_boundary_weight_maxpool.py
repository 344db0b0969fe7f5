# case: boundary-aware cross-entropy that up-weights label boundary pixels found with a max-pool edge detector by multiplying the per-pixel loss with (1 + w * edge) -> mask used arithmetically, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoundaryConfig:
    kernel_size = 3
    boundary_weight = 4.0
    ignore_index = 255
    avg_non_ignore = True


class BoundaryMixin:
    def label_edges(self, seg_label):
        lab = seg_label.astype(ms.float32).expand_dims(1)
        dilated = self.pool(lab)
        eroded = -self.pool(-lab)
        return (dilated != eroded).squeeze(1)


class BoundaryWeightedCE(nn.Cell, BoundaryMixin):
    def __init__(self, config):
        super().__init__()
        self.pool = nn.MaxPool2d(config.kernel_size, stride=1, pad_mode="same")
        self.boundary_weight = config.boundary_weight
        self.ignore_index = config.ignore_index
        self.avg_non_ignore = config.avg_non_ignore

    def construct(self, seg_logit, seg_label):
        edges = self.label_edges(seg_label).astype(ms.float32)
        valid = (seg_label != self.ignore_index).astype(ms.float32)
        pixel_loss = ops.cross_entropy(seg_logit, seg_label, ignore_index=self.ignore_index, reduction="none")
        weighted = pixel_loss * (1.0 + self.boundary_weight * edges) * valid
        denom = ops.clamp(valid.sum(), min=1.0) if self.avg_non_ignore else seg_label.size
        return weighted.sum() / denom


def make():
    np.random.seed(3453)
    logit = Tensor(np.random.randn(2, 4, 16, 16).astype(np.float32))
    label = np.zeros((2, 16, 16), dtype=np.int32)
    label[:, 4:10, 5:12] = 2
    label[0, 12:, :] = 255
    return BoundaryWeightedCE(BoundaryConfig()), (logit, Tensor(label))
