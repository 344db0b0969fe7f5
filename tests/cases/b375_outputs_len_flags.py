# case: sequence risk model whose output tuple grows with output_attentions / output_hidden_states flags and a use_return_dict flag left at False -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqRiskConfig:
    feat_dim = 6
    hidden = 12
    output_attentions = True
    output_hidden_states = False
    use_return_dict = False


class SeqRiskModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.embed = nn.Dense(config.feat_dim, config.hidden)
        self.score = nn.Dense(config.hidden, 1)
        self.head = nn.Dense(config.hidden, 1)

    def construct(self, feats, txn_mask, output_attentions=None):
        output_attentions = self.config.output_attentions if output_attentions is None else output_attentions
        h = ops.tanh(self.embed(feats))
        attn = ops.softmax(self.score(h).squeeze(-1) - (1.0 - txn_mask) * 1e4, axis=-1)
        pooled = (attn.expand_dims(-1) * h).sum(axis=1)
        logits = self.head(pooled)
        outputs = (logits,) + (attn,) if output_attentions else (logits,)
        if self.config.output_hidden_states:
            outputs = outputs + (h,)
        return outputs


def make():
    np.random.seed(3780)
    feats = np.random.randn(3, 9, 6).astype(np.float32)
    mask = np.ones((3, 9), np.float32)
    mask[0, 5:] = 0.0
    return SeqRiskModel(SeqRiskConfig()), (Tensor(feats), Tensor(mask))
