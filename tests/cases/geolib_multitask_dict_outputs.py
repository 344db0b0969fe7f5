# case: multi-task remote-sensing head returns a dict of named outputs (segmentation, cloud, height) built with a comprehension over its sub-heads -> dict output with constant keys, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TASKS = ("landcover", "cloud", "height")
TASK_CHANNELS = {"landcover": 7, "cloud": 1, "height": 1}


class MultiTaskConfig:
    def __init__(self, width=16, tasks=TASKS):
        self.width = width
        self.tasks = tasks


class MultiTaskHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tasks = tuple(config.tasks)
        self.heads = nn.CellList([nn.Conv2d(config.width, TASK_CHANNELS[t], 1) for t in self.tasks])

    def construct(self, fmap):
        outs = {}
        for name, head in zip(self.tasks, self.heads):
            outs[name] = head(fmap)
        outs["cloud"] = ops.sigmoid(outs["cloud"])
        return outs


def make():
    np.random.seed(3393)
    fmap = Tensor(np.random.rand(2, 16, 16, 16).astype(np.float32))
    return MultiTaskHead(MultiTaskConfig()), (fmap,)
