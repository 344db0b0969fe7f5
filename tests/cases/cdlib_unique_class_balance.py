# case: semantic change head computes class-balancing weights from the classes present in the label map via ops.unique and a segment sum -> unique gives a data-dependent number of classes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SemanticCDConfig:
    num_classes = 6
    eps = 1e-3
    use_balance = True


class ClassBalancedWeights(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.use_balance = getattr(config, "use_balance", False)

    def _present_class_freq(self, label):
        flat = label.reshape(-1)
        uniq, inv = ops.unique(flat)
        ones = ops.ones(flat.shape, ms.float32)
        counts = ops.unsorted_segment_sum(ones, inv, uniq.shape[0])
        return counts / flat.shape[0]

    def construct(self, label):
        if not self.use_balance:
            return ops.ones((1,), ms.float32)
        freq = self._present_class_freq(label)
        w = 1.0 / (freq + self.eps)
        return w / w.sum()


def make():
    np.random.seed(15)
    label = Tensor(np.random.randint(0, 4, size=(2, 16, 16)).astype(np.int32))
    return ClassBalancedWeights(SemanticCDConfig()), (label,)
