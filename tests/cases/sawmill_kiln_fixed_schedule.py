# case: kiln schedule with a fixed list of (temperature, hours) stages drives a moisture curve model, stages unrolled in a Python loop -> all Python constants, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCHEDULE = ((50.0, 12), (60.0, 18), (70.0, 24), (80.0, 12))


class ScheduledKiln(nn.Cell):
    def __init__(self, schedule=SCHEDULE, emc=0.08):
        super().__init__()
        self.schedule = schedule
        self.emc = emc
        self.rate = ms.Parameter(Tensor(np.array(0.004, np.float32)), name="rate")

    def construct(self, initial_mc):
        mc = initial_mc
        stage_end = []
        for temp_c, hours in self.schedule:
            k = self.rate * temp_c * hours / 10.0
            mc = self.emc + (mc - self.emc) * ops.exp(-k)
            stage_end.append(mc.mean())
        return mc, ops.stack(stage_end)


def make():
    np.random.seed(3206)
    mc0 = Tensor(np.random.uniform(0.45, 0.7, size=(4, 10)).astype(np.float32))
    return ScheduledKiln(), (mc0,)
