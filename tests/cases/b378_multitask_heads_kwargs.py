# case: multi-task SED model runs clip-wise and frame-wise heads from an nn.CellList zipped with task names, forwarding *args/**kwargs and collecting outputs in a comprehension -> structure fixed at compile time, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TASKS = ("clipwise", "framewise")


class MultiTaskConfig:
    hidden_size = 32
    n_classes = 6
    output_attentions = False


class TaskHead(nn.Cell):
    def __init__(self, hidden, n_classes, pool_time):
        super().__init__()
        self.fc = nn.Dense(hidden, n_classes)
        self.pool_time = pool_time

    def construct(self, h, *args, **kwargs):
        scale = kwargs.get("scale", 1.0)
        out = ops.sigmoid(self.fc(h) * scale)
        return out.max(axis=1) if self.pool_time else out


class MultiTaskSED(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = nn.CellList([TaskHead(config.hidden_size, config.n_classes, name == "clipwise") for name in TASKS])
        self.task_names = TASKS
        self.output_attentions = config.output_attentions

    def construct(self, h, *args, **kwargs):
        outputs = tuple(head(h, *args, **kwargs) for name, head in zip(self.task_names, self.heads))
        if self.output_attentions:
            outputs = outputs + (ops.softmax(h.mean(axis=-1), axis=-1),)
        return outputs


def make():
    np.random.seed(3816)
    h = Tensor(np.random.randn(2, 30, 32).astype(np.float32))
    return MultiTaskSED(MultiTaskConfig()), (h,)
