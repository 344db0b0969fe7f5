# case: boundary-aware auxiliary loss that finds label boundary pixels with a max-pool edge detector, then gathers their logits through ops.nonzero coordinates -> nonzero gives a data-dependent number of rows (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoundaryConfig:
    kernel_size = 3
    loss_weight = 0.5
    ignore_index = 255


class BoundaryMixin:
    def label_edges(self, seg_label):
        lab = seg_label.astype(ms.float32).expand_dims(1)
        dilated = self.pool(lab)
        eroded = -self.pool(-lab)
        return (dilated != eroded).squeeze(1)


class BoundaryLoss(nn.Cell, BoundaryMixin):
    def __init__(self, config):
        super().__init__()
        self.pool = nn.MaxPool2d(config.kernel_size, stride=1, pad_mode="same")
        self.loss_weight = config.loss_weight
        self.ignore_index = config.ignore_index

    def construct(self, seg_logit, seg_label):
        edges = self.label_edges(seg_label)
        coords = ops.nonzero(edges)
        logits = seg_logit.transpose(0, 2, 3, 1)
        edge_logits = ops.gather_nd(logits, coords)
        edge_labels = ops.gather_nd(seg_label, coords)
        loss = ops.cross_entropy(edge_logits, edge_labels, ignore_index=self.ignore_index)
        return self.loss_weight * loss


def make():
    np.random.seed(3452)
    logit = Tensor(np.random.randn(2, 4, 16, 16).astype(np.float32))
    label = np.zeros((2, 16, 16), dtype=np.int32)
    label[:, 4:10, 5:12] = 1
    label[1, 10:, :] = 3
    return BoundaryLoss(BoundaryConfig()), (logit, Tensor(label))
