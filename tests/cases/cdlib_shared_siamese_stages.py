# case: siamese encoder with optional shared weights takes the two dates as a list or tuple, zips the CellList stages and collects per-stage abs differences with a comprehension -> Python-structured loops over cells, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, in_channels=3, widths=(8, 16, 16), share_weights=True):
        self.in_channels = in_channels
        self.widths = widths
        self.share_weights = share_weights


def build_stages(in_ch, widths):
    chans = [in_ch] + list(widths)
    return nn.CellList([
        nn.SequentialCell([nn.Conv2d(a, b, 3, stride=2, pad_mode="same"), nn.BatchNorm2d(b), nn.ReLU()])
        for a, b in zip(chans[:-1], chans[1:])
    ])


class SiameseEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stages_a = build_stages(config.in_channels, config.widths)
        self.share_weights = config.share_weights
        self.stages_b = self.stages_a if self.share_weights else build_stages(config.in_channels, config.widths)

    def construct(self, images):
        if isinstance(images, (list, tuple)):
            x1, x2 = images[0], images[1]
        else:
            x1, x2 = images[:, :3], images[:, 3:]
        diffs = []
        for i, (sa, sb) in enumerate(zip(self.stages_a, self.stages_b)):
            x1 = sa(x1)
            x2 = sb(x2)
            diffs.append(ops.abs(x1 - x2) * (i + 1))
        return tuple([d.mean(axis=1, keep_dims=True) for d in diffs])


def make():
    np.random.seed(35)
    a = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    net = SiameseEncoder(EncoderConfig())
    net.set_train(False)
    return net, ((a, b),)
