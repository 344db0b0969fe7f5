# case: segmentation criterion whose verbose flag defaults to False (never set) guards an f-string print with .asnumpy(); the weighted aux loss is computed with plain ops -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CriterionConfig:
    def __init__(self, num_classes=8, aux_weight=0.4, verbose=False, label_smoothing=0.0):
        self.num_classes = num_classes
        self.aux_weight = aux_weight
        self.verbose = verbose
        self.label_smoothing = label_smoothing


class SegCriterion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.aux_weight = config.aux_weight
        self.verbose = config.verbose
        self.ce = nn.CrossEntropyLoss(label_smoothing=config.label_smoothing)

    def construct(self, logits, labels, aux_logits=None):
        labels = labels.reshape(-1)
        total = self.ce(logits.reshape(-1, self.num_classes), labels)
        if aux_logits is not None:
            total = total + self.aux_weight * self.ce(aux_logits.reshape(-1, self.num_classes), labels)
        if self.verbose:
            print(f"seg loss {total.asnumpy():.4f}")
        return total


def make():
    np.random.seed(3505)
    logits = Tensor(np.random.randn(2, 32, 8).astype(np.float32))
    aux = Tensor(np.random.randn(2, 32, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 8, (2, 32)).astype(np.int32))
    return SegCriterion(CriterionConfig()), (logits, labels, aux)
