# case: local client step logs "[client k] loss=..." with print of an f-string holding the loss tensor because verbose defaults to True -> f-string formatting of a runtime tensor in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClientConfig:
    def __init__(self, client_id=3, verbose=True, label_smoothing=0.0):
        self.client_id = client_id
        self.verbose = verbose
        self.label_smoothing = label_smoothing


class LocalTrainerStep(nn.Cell):
    def __init__(self, config, model):
        super().__init__()
        self.model = model
        self.client_id = config.client_id
        self.verbose = config.verbose
        self.label_smoothing = config.label_smoothing

    def _loss(self, logits, labels):
        return ops.cross_entropy(logits, labels, label_smoothing=self.label_smoothing)

    def construct(self, x, labels):
        loss = self._loss(self.model(x), labels)
        if self.verbose:
            print(f"[client {self.client_id}] local loss = {loss}")
        return loss


def make():
    np.random.seed(32)
    model = nn.SequentialCell([nn.Dense(8, 16), nn.ReLU(), nn.Dense(16, 4)])
    step = LocalTrainerStep(ClientConfig(), model)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    y = Tensor(np.random.randint(0, 4, size=(5,)).astype(np.int32))
    return step, (x, y)
