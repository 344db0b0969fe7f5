# case: client detects concept drift when its loss tensor exceeds a threshold and blends its local weights back toward the global model; both branches keep the weight shape -> tensor if with matching shapes, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DriftConfig:
    drift_threshold = 1.0
    reset_alpha = 0.5
    return_dict = False


class DriftAwareClient(nn.Cell):
    def __init__(self, config, global_weight=None, in_dim=10, out_dim=3):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.threshold = config.drift_threshold
        self.alpha = config.reset_alpha
        self.return_dict = config.return_dict
        if global_weight is None:
            global_weight = np.zeros((out_dim, in_dim), np.float32)
        self.global_weight = Parameter(Tensor(global_weight), name="global_weight", requires_grad=False)

    def construct(self, x, y):
        loss = ops.cross_entropy(self.fc(x), y)
        w = self.fc.weight
        if loss > self.threshold:
            w = self.alpha * w + (1.0 - self.alpha) * self.global_weight
        else:
            w = w * 1.0
        logits = ops.matmul(x, w.T) + self.fc.bias
        if self.return_dict:
            return {"logits": logits, "loss": loss}
        return logits, loss


def make():
    np.random.seed(31)
    client = DriftAwareClient(DriftConfig(), np.random.randn(3, 10).astype(np.float32))
    x = Tensor(np.random.randn(6, 10).astype(np.float32))
    y = Tensor(np.random.randint(0, 3, size=(6,)).astype(np.int32))
    return client, (x, y)
