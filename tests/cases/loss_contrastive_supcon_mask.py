# case: supervised contrastive loss with positive mask weighting (no gather of pairs); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SupConLoss(nn.Cell):
    def __init__(self, temperature=0.07, base_temperature=0.07):
        super().__init__()
        self.temperature = temperature
        self.base_temperature = base_temperature

    def construct(self, feats, labels):
        feats = feats / ops.norm(feats, dim=-1, keepdim=True)
        n = feats.shape[0]
        logits = ops.matmul(feats, feats.T) / self.temperature
        logits = logits - ops.stop_gradient(logits.max(axis=1, keepdims=True))
        self_mask = 1.0 - ops.eye(n, n, ms.float32)
        pos = (labels.reshape(-1, 1) == labels.reshape(1, -1)).astype(ms.float32) * self_mask
        exp_logits = ops.exp(logits) * self_mask
        log_prob = logits - ops.log(exp_logits.sum(1, keepdims=True))
        mean_pos = (pos * log_prob).sum(1) / ops.clamp(pos.sum(1), min=1.0)
        loss = -(self.temperature / self.base_temperature) * mean_pos
        return loss.mean()


def make():
    feats = Tensor(np.random.randn(12, 32).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, (12,)).astype(np.int32))
    return SupConLoss(), (feats, labels)
