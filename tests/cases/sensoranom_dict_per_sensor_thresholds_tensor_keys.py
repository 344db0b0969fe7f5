# case: build a dict keyed by sensor id read from a tensor to hold per-sensor thresholds -> dict keyed by tensor values in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorThresholdTable(nn.Cell):
    def __init__(self, n_sensors=4, k=3.0):
        super().__init__()
        self.n_sensors = n_sensors
        self.k = k

    def construct(self, readings, sensor_ids):
        table = {}
        for i in range(self.n_sensors):
            sid = int(sensor_ids[i])
            col = readings[:, i]
            table[sid] = col.mean() + self.k * col.std()
        thr = ops.stack([table[int(sensor_ids[i])] for i in range(self.n_sensors)])
        return readings > thr


def make():
    np.random.seed(13)
    readings = Tensor(np.random.randn(16, 4).astype(np.float32))
    sensor_ids = Tensor(np.array([101, 102, 205, 309], np.int32))
    return SensorThresholdTable(), (readings, sensor_ids)
