# case: group-wise band embedding where the number of band groups is read from a tensor (ceil(bands / group_size_t)) and a list of group tokens is grown in the loop -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GroupEmbedConfig:
    def __init__(self, group_size=4, embed_dim=8, learn_group_size=True):
        self.group_size = group_size
        self.embed_dim = embed_dim
        self.learn_group_size = learn_group_size


class GroupwiseBandEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed_dim = config.embed_dim
        self._init_group_size(config)
        self.token = nn.Dense(config.group_size, config.embed_dim)

    def _init_group_size(self, config):
        # kept as a parameter so checkpoints record the grouping used
        self.group_size = Parameter(Tensor(config.group_size, ms.int32), name="group_size",
                                    requires_grad=False)

    def construct(self, spectra):
        # spectra: (pixels, bands)
        n_bands = spectra.shape[1]
        n_groups = int(ops.ceil(Tensor(n_bands, ms.float32) / self.group_size.astype(ms.float32)))
        width = self.token.in_channels
        tokens = []
        for g in range(n_groups):
            chunk = spectra[:, g * width:(g + 1) * width]
            tokens.append(self.token(chunk))
        return ops.stack(tokens, 1)


def make():
    np.random.seed(3833)
    cfg = GroupEmbedConfig()
    x = Tensor(np.random.rand(6, 24).astype(np.float32))
    return GroupwiseBandEmbedding(cfg), (x,)
