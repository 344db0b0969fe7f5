# case: CenterPoint multi-task head loops over a CellList of task heads with enumerate(zip(...)), collects per-task predictions in a dict keyed by task name and returns them as a tuple in task order -> string-keyed dict built in construct; expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TASKS = ({"name": "vehicle", "num_class": 1}, {"name": "pedestrian", "num_class": 2}, {"name": "cyclist", "num_class": 1})


class CenterHeadConfig:
    in_channels = 16
    share_channels = 16
    tasks = TASKS
    heatmap_bias = -2.19


class TaskHead(nn.Cell):
    def __init__(self, in_channels, num_class, bias=0.0):
        super().__init__()
        self.hm = nn.Conv2d(in_channels, num_class, 3, pad_mode="same", has_bias=True, bias_init=bias)
        self.reg = nn.Conv2d(in_channels, 8, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return ops.sigmoid(self.hm(x)), self.reg(x)


class CenterHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.task_names = [t["name"] for t in config.tasks]
        self.shared = nn.SequentialCell([nn.Conv2d(config.in_channels, config.share_channels, 3, pad_mode="same"), nn.ReLU()])
        self.task_heads = nn.CellList([TaskHead(config.share_channels, t["num_class"], getattr(config, "heatmap_bias", 0.0))
                                       for t in config.tasks])

    def construct(self, bev):
        x = self.shared(bev)
        preds = {}
        for i, (head, name) in enumerate(zip(self.task_heads, self.task_names)):
            hm, reg = head(x)
            preds[name] = hm.max(axis=1) + 0.0 * i
            preds[name + "_reg"] = reg
        return tuple(preds[n] for n in self.task_names) + (preds[self.task_names[0] + "_reg"],)


def make():
    np.random.seed(3719)
    bev = Tensor(np.random.randn(1, 16, 12, 12).astype(np.float32))
    return CenterHead(CenterHeadConfig()), (bev,)
