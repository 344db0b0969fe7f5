# case: per-sensor encoders held in a CellList and applied in a constant-length loop, outputs concatenated -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorEncoder(nn.Cell):
    def __init__(self, n_in, n_out=4):
        super().__init__()
        self.fc = nn.Dense(n_in, n_out)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.fc(x))


class MachineHealthNet(nn.Cell):
    def __init__(self, sensor_dims=(3, 5, 2)):
        super().__init__()
        self.n_sensors = len(sensor_dims)
        self.encoders = nn.CellList([SensorEncoder(d) for d in sensor_dims])
        self.head = nn.Dense(4 * len(sensor_dims), 3)

    def construct(self, s0, s1, s2):
        inputs = (s0, s1, s2)
        codes = ()
        for i in range(self.n_sensors):
            codes = codes + (self.encoders[i](inputs[i]),)
        return self.head(ops.concat(codes, axis=1))


def make():
    np.random.seed(30)
    s0 = Tensor(np.random.randn(6, 3).astype(np.float32))
    s1 = Tensor(np.random.randn(6, 5).astype(np.float32))
    s2 = Tensor(np.random.randn(6, 2).astype(np.float32))
    return MachineHealthNet(), (s0, s1, s2)
