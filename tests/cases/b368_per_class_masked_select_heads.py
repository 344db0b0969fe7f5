# case: multi-class detection gathers each class head's scores above its own threshold with ops.masked_select, looping over a CellList of heads with zip, then concatenates -> masked_select has data-dependent output length (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TASKS = (("car", 0.3), ("pedestrian", 0.2), ("cyclist", 0.25))


class MultiClassConfig:
    in_channels = 16
    tasks = TASKS
    flatten_output = True


class ClassScoreHead(nn.Conv2d):
    def __init__(self, in_channels, prior_prob=0.01):
        super().__init__(in_channels, 1, 1, has_bias=True)
        self.bias_init_value = -float(np.log((1 - prior_prob) / prior_prob))

    def construct(self, x):
        return ops.sigmoid(super().construct(x) + self.bias_init_value + 3.0)


class MultiClassScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = nn.CellList([ClassScoreHead(config.in_channels) for _ in config.tasks])
        self.thresholds = [thr for _, thr in config.tasks]
        self.flatten_output = getattr(config, "flatten_output", True)

    def construct(self, bev):
        kept = []
        for head, thr in zip(self.heads, self.thresholds):
            scores = head(bev).reshape(-1)
            kept.append(ops.masked_select(scores, scores > thr))
        if self.flatten_output:
            return ops.concat(kept, axis=0)
        return tuple(kept)


def make():
    np.random.seed(3698)
    bev = Tensor(np.random.randn(1, 16, 12, 12).astype(np.float32))
    return MultiClassScorer(MultiClassConfig()), (bev,)
