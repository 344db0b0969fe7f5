# case: crystal transformer layer computes per-crystal softmax attention weights over atoms with segment max/sum and returns (h,) + (attn,) only when output_attentions is set in the config -> flag-dependent tuple length, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, hidden=16, num_crystals=3, output_attentions=True):
        self.hidden = hidden
        self.num_crystals = num_crystals
        self.output_attentions = output_attentions


def segment_softmax(score, seg, num_segments):
    smax = ops.unsorted_segment_max(score, seg, num_segments)
    ex = ops.exp(score - ops.gather(smax, seg, 0))
    denom = ops.unsorted_segment_sum(ex, seg, num_segments)
    return ex / ops.gather(denom, seg, 0)


class CrystalAttentionPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_attentions = config.output_attentions
        self.num_crystals = config.num_crystals
        self.score = nn.Dense(config.hidden, 1)
        self.value = nn.Dense(config.hidden, config.hidden)

    def construct(self, h, crystal_ids):
        attn = segment_softmax(self.score(h), crystal_ids, self.num_crystals)
        crys = ops.unsorted_segment_sum(attn * self.value(h), crystal_ids, self.num_crystals)
        outputs = (crys,) + (attn,) if self.output_attentions else (crys,)
        return outputs


def make():
    np.random.seed(39)
    h = Tensor(np.random.randn(11, 16).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 3 + [1] * 4 + [2] * 4, dtype=np.int32))
    return CrystalAttentionPool(AttnConfig()), (h, crystal_ids)
