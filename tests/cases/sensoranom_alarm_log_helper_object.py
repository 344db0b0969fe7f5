# case: construct creates a plain Python AlarmLog object and mutates it while scoring machines -> custom Python object built and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmLog:
    def __init__(self):
        self.entries = []
        self.worst = None

    def add(self, machine, score):
        self.entries.append((machine, score))
        self.worst = score if self.worst is None else ops.maximum(self.worst, score)


class FleetMonitor(nn.Cell):
    def __init__(self, n_machines=3):
        super().__init__()
        self.n_machines = n_machines

    def construct(self, errors):
        log = AlarmLog()
        for m in range(self.n_machines):
            log.add(m, errors[m].mean())
        return log.worst, len(log.entries)


def make():
    np.random.seed(19)
    errors = Tensor(np.abs(np.random.randn(3, 12)).astype(np.float32))
    return FleetMonitor(), (errors,)
