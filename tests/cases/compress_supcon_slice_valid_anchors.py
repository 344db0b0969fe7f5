# case: SupCon loss that sorts anchors so ones with positives come first and slices them with a count read from the mask -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SupConLoss(nn.Cell):
    def __init__(self, temperature=0.1, base_temperature=0.07):
        super().__init__()
        self.temperature = temperature
        self.base_temperature = base_temperature

    def _positive_mask(self, labels):
        n = labels.shape[0]
        same = (labels.view(-1, 1) == labels.view(1, -1)).astype(ms.float32)
        return same * (1.0 - ops.eye(n, n, ms.float32))

    def construct(self, features, labels):
        features = features / ops.norm(features, dim=1, keepdim=True)
        logits = ops.matmul(features, features.T) / self.temperature
        logits = logits - ops.stop_gradient(logits.max(axis=1, keepdims=True))
        pos = self._positive_mask(labels)
        n = labels.shape[0]
        self_mask = 1.0 - ops.eye(n, n, ms.float32)
        log_prob = logits - ops.log((ops.exp(logits) * self_mask).sum(axis=1, keepdims=True))
        num_pos = pos.sum(axis=1)
        order = ops.argsort(num_pos, descending=True)
        n_valid = int((num_pos > 0).sum())
        valid = order[:n_valid]
        mean_log_pos = (pos * log_prob).sum(axis=1)[valid] / num_pos[valid]
        return -(self.temperature / self.base_temperature) * mean_log_pos.mean()


def make():
    np.random.seed(7)
    f = Tensor(np.random.randn(6, 5).astype(np.float32))
    y = Tensor(np.array([0, 0, 1, 2, 2, 3], np.int32))
    return SupConLoss(), (f, y)
