# case: projection discriminator (cGAN) with optional class labels collects the logits of labelled samples via ops.masked_select for a per-class accuracy statistic -> masked_select output size depends on data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjDConfig:
    def __init__(self, in_channels=3, ndf=8, num_classes=5, track_label_stats=True):
        self.in_channels = in_channels
        self.ndf = ndf
        self.num_classes = num_classes
        self.track_label_stats = track_label_stats


class ProjectionDiscriminator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.track = config.track_label_stats
        self.features = nn.SequentialCell([
            nn.Conv2d(config.in_channels, config.ndf, 4, stride=2, pad_mode="same"), nn.LeakyReLU(0.2),
            nn.Conv2d(config.ndf, config.ndf * 2, 4, stride=2, pad_mode="same"), nn.LeakyReLU(0.2)])
        self.linear = nn.Dense(config.ndf * 2, 1)
        self.embed = nn.Embedding(config.num_classes + 1, config.ndf * 2, padding_idx=0)

    def _label_stats(self, logits, labels):
        labelled = labels > 0
        picked = ops.masked_select(logits, labelled)
        return (picked > 0).astype(ms.float32).mean()

    def construct(self, x, labels=None):
        h = self.features(x).sum(axis=(2, 3))
        out = self.linear(h).squeeze(-1)
        if labels is not None:
            out = out + (self.embed(labels) * h).sum(axis=1)
            if self.track:
                return out, self._label_stats(out, labels)
        return out


def make():
    np.random.seed(3552)
    net = ProjectionDiscriminator(ProjDConfig())
    x = Tensor(np.random.randn(4, 3, 16, 16).astype(np.float32))
    labels = Tensor(np.array([1, 0, 3, 5], np.int32))
    return net, (x, labels)
