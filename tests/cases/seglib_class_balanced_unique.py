# case: class-balanced pixel weighting that finds the classes present in the batch with ops.unique and inverse-frequency weights only those classes -> unique output has a data-dependent length (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BalanceConfig:
    num_classes = 6
    ignore_index = 255
    smooth = 1.0


class ClassBalancedWeight(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.ignore_index = config.ignore_index
        self.smooth = config.smooth

    def _present_classes(self, label):
        flat = label.reshape(-1)
        valid = ops.where(flat == self.ignore_index, ops.zeros_like(flat), flat)
        classes, inverse = ops.unique(valid)
        return classes, inverse

    def construct(self, seg_label):
        classes, inverse = self._present_classes(seg_label)
        counts = ops.zeros(classes.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.expand_dims(-1), ops.ones(inverse.shape, ms.float32))
        freq = counts / counts.sum()
        class_weight = 1.0 / (freq * classes.shape[0] + self.smooth)
        pixel_weight = ops.gather(class_weight, inverse, 0)
        return pixel_weight.reshape(seg_label.shape)


def make():
    np.random.seed(3450)
    label = np.random.randint(0, 4, (2, 16, 16)).astype(np.int32)
    label[:, :2] = 255
    return ClassBalancedWeight(BalanceConfig()), (Tensor(label),)
