# case: reranker returns a dict of named outputs (scores, loss, optional logits) built from constant keys -> dict output in construct, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListwiseConfig:
    def __init__(self, hidden_size=16, return_logits=False, temperature=1.0):
        self.hidden_size = hidden_size
        self.return_logits = return_logits
        self.temperature = temperature


class ListwiseReranker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.score = nn.Dense(config.hidden_size, 1)
        self.return_logits = config.return_logits
        self.temperature = config.temperature

    def construct(self, candidates, target=None):
        logits = self.score(candidates).squeeze(-1) / self.temperature
        outputs = {"scores": ops.softmax(logits, axis=-1)}
        if target is not None:
            outputs["loss"] = -(ops.log_softmax(logits, axis=-1) * target).sum(axis=-1).mean()
        if self.return_logits:
            outputs["logits"] = logits
        return outputs


def make():
    np.random.seed(23)
    c = Tensor(np.random.randn(3, 5, 16).astype(np.float32))
    t = np.zeros((3, 5), np.float32)
    t[:, 0] = 1.0
    return ListwiseReranker(ListwiseConfig()), (c, Tensor(t))
