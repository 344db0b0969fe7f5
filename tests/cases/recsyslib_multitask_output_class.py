# case: multi-task ranking head returning a small output class (plain Python class) because return_dict defaults to True in the config -> Python object built and returned in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankingOutput:
    def __init__(self, logits, probs, loss=None):
        self.logits = logits
        self.probs = probs
        self.loss = loss


class RankingConfig:
    def __init__(self, hidden=16, task_names=("click", "like", "share"), return_dict=True):
        self.hidden = hidden
        self.task_names = task_names
        self.return_dict = return_dict


class MultiTaskRankingHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.task_names = config.task_names
        self.towers = nn.CellList([nn.Dense(config.hidden, 1) for _ in config.task_names])
        self.return_dict = config.return_dict

    def construct(self, shared, labels=None):
        logits = ops.concat([tower(shared) for tower in self.towers], axis=-1)
        probs = ops.sigmoid(logits)
        loss = None
        if labels is not None:
            loss = ops.binary_cross_entropy_with_logits(logits, labels, ops.ones_like(labels), ops.ones_like(labels))
        if not self.return_dict:
            return (logits, probs) if loss is None else (loss, logits, probs)
        return RankingOutput(logits, probs, loss)


def make():
    np.random.seed(3915)
    shared = Tensor(np.random.randn(6, 16).astype(np.float32))
    labels = Tensor(np.random.randint(0, 2, size=(6, 3)).astype(np.float32))
    return MultiTaskRankingHead(RankingConfig()), (shared, labels)
