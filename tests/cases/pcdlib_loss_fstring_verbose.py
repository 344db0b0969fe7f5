# case: segmentation criterion with config.verbose defaulting to True prints an f-string of the tensor loss values inside construct -> error or static (f-string of tensors in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CriterionConfig:
    def __init__(self, num_classes=8, ignore_index=-1, aux_weight=0.4, verbose=True):
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.aux_weight = aux_weight
        self.verbose = verbose


class SegCriterion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.aux_weight = config.aux_weight
        self.verbose = config.verbose
        self.ce = nn.CrossEntropyLoss(ignore_index=config.ignore_index)

    def _flat(self, logits, labels):
        return logits.reshape(-1, self.num_classes), labels.reshape(-1)

    def construct(self, logits, aux_logits, labels):
        main = self.ce(*self._flat(logits, labels))
        aux = self.ce(*self._flat(aux_logits, labels))
        total = main + self.aux_weight * aux
        if self.verbose:
            print(f"seg loss main={main} aux={aux} total={total}")
        return total


def make():
    np.random.seed(3504)
    logits = Tensor(np.random.randn(2, 32, 8).astype(np.float32))
    aux = Tensor(np.random.randn(2, 32, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 8, (2, 32)).astype(np.int32))
    return SegCriterion(CriterionConfig()), (logits, aux, labels)
