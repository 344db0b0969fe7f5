# case: projection discriminator where unlabelled samples (label 0) get no projection term: ops.select with three tensor arguments, labels optional and tested with is None -> fixed shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjDConfig:
    in_channels = 3
    ndf = 8
    num_classes = 5
    return_features = False


class ProjectionDiscriminator(nn.Cell):
    def __init__(self, config=ProjDConfig):
        super().__init__()
        self.return_features = config.return_features
        ndf = config.ndf
        self.convs = nn.CellList([nn.Conv2d(config.in_channels, ndf, 3, stride=2, pad_mode="same"),
                                  nn.Conv2d(ndf, ndf * 2, 3, stride=2, pad_mode="same")])
        self.linear = nn.Dense(ndf * 2, 1)
        self.embed = nn.Embedding(config.num_classes + 1, ndf * 2)

    def _project(self, h, labels):
        proj = (self.embed(labels) * h).sum(axis=1)
        has_label = labels > 0
        return ops.select(has_label, proj, ops.zeros_like(proj))

    def construct(self, x, labels=None):
        feats = ()
        for conv in self.convs:
            x = ops.leaky_relu(conv(x), 0.2)
            feats = feats + (x,)
        h = x.sum(axis=(2, 3))
        out = self.linear(h).squeeze(-1)
        if labels is not None:
            out = out + self._project(h, labels)
        outputs = (out,) + feats if self.return_features else (out,)
        return outputs


def make():
    np.random.seed(3553)
    net = ProjectionDiscriminator()
    x = Tensor(np.random.randn(4, 3, 16, 16).astype(np.float32))
    labels = Tensor(np.array([1, 0, 3, 5], np.int32))
    return net, (x, labels)
