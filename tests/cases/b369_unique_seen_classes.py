# case: class-incremental logit masking finds the classes present in the replay buffer with ops.unique and scatters ones at those positions -> unique has a data-dependent output length, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskingConfig:
    def __init__(self, num_classes=10, mask_value=-1e4, enabled=True):
        self.num_classes = num_classes
        self.mask_value = mask_value
        self.enabled = enabled


class SeenClassMasker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.mask_value = config.mask_value
        self.enabled = config.enabled

    def _seen_mask(self, buffer_labels):
        seen, _ = ops.unique(buffer_labels)
        mask = ops.zeros((self.num_classes,), ms.float32)
        ones = ops.ones(seen.shape, ms.float32)
        return ops.tensor_scatter_update(mask, seen.expand_dims(-1), ones)

    def construct(self, logits, buffer_labels):
        if not self.enabled:
            return logits
        mask = self._seen_mask(buffer_labels)
        return logits + (1.0 - mask) * self.mask_value


def make():
    np.random.seed(34)
    masker = SeenClassMasker(MaskingConfig())
    logits = Tensor(np.random.randn(4, 10).astype(np.float32))
    buffer_labels = Tensor(np.array([0, 2, 2, 5, 0, 7, 5, 2], np.int32))
    return masker, (logits, buffer_labels)
