# case: multi-task point loss collects per-term losses in a dict and sums them with weights from a config dict iterated in insertion order -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_WEIGHTS = {"seg": 1.0, "aux": 0.4, "offset": 0.1}


class MultiTaskConfig:
    def __init__(self, num_classes=8, loss_weights=None):
        self.num_classes = num_classes
        self.loss_weights = dict(DEFAULT_WEIGHTS if loss_weights is None else loss_weights)


class MultiTaskLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.names = tuple(config.loss_weights.keys())
        self.weights = tuple(config.loss_weights[k] for k in self.names)
        self.ce = nn.CrossEntropyLoss()
        self.l1 = nn.L1Loss()

    def construct(self, seg_logits, aux_logits, offsets, labels, gt_offsets):
        flat = labels.reshape(-1)
        losses = {
            "seg": self.ce(seg_logits.reshape(-1, self.num_classes), flat),
            "aux": self.ce(aux_logits.reshape(-1, self.num_classes), flat),
            "offset": self.l1(offsets, gt_offsets),
        }
        total = 0.0
        for name, w in zip(self.names, self.weights):
            total = total + w * losses[name]
        return total, losses["seg"]


def make():
    np.random.seed(3507)
    seg = Tensor(np.random.randn(2, 32, 8).astype(np.float32))
    aux = Tensor(np.random.randn(2, 32, 8).astype(np.float32))
    off = Tensor(np.random.randn(2, 32, 3).astype(np.float32))
    labels = Tensor(np.random.randint(0, 8, (2, 32)).astype(np.int32))
    gt = Tensor(np.random.randn(2, 32, 3).astype(np.float32))
    return MultiTaskLoss(MultiTaskConfig()), (seg, aux, off, labels, gt)
