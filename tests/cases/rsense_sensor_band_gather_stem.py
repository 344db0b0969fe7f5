# case: sensor config selects band indices (constant tensor) and per-band gains, then gather + conv stem -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SENSORS = {
    "sentinel2": {"bands": (1, 2, 3, 7, 10, 11), "gain": 1e-4},
    "landsat8": {"bands": (1, 2, 3, 4, 5, 6), "gain": 2.75e-5},
}


class SensorStem(nn.Cell):
    def __init__(self, sensor="sentinel2", width=16, use_bn=True):
        super().__init__()
        cfg = SENSORS[sensor]
        self.band_idx = Tensor(np.array(cfg["bands"], np.int32))
        self.gain = cfg["gain"]
        n_in = len(cfg["bands"])
        layers = [nn.Conv2d(n_in, width, 3, pad_mode="same", has_bias=not use_bn)]
        if use_bn:
            layers.append(nn.BatchNorm2d(width))
        layers.append(nn.ReLU())
        self.stem = nn.SequentialCell(layers)

    def construct(self, raw):
        bands = ops.gather(raw, self.band_idx, 1)
        return self.stem(bands * self.gain)


def make():
    np.random.seed(38)
    raw = Tensor((np.random.rand(1, 13, 10, 10) * 10000).astype(np.float32))
    net = SensorStem()
    net.set_train(False)
    return net, (raw,)
