# case: bi-encoder built with return_dict=True creates and returns a plain Python output object from construct -> expected error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrieverConfig:
    def __init__(self, hidden_size=16, proj_size=8, return_dict=True, output_hidden_states=False):
        self.hidden_size = hidden_size
        self.proj_size = proj_size
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class RetrieverOutput:
    def __init__(self, scores, query_embeds, doc_embeds, hidden_states=None):
        self.scores = scores
        self.query_embeds = query_embeds
        self.doc_embeds = doc_embeds
        self.hidden_states = hidden_states


class BiEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q_proj = nn.Dense(config.hidden_size, config.proj_size)
        self.d_proj = nn.Dense(config.hidden_size, config.proj_size)
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states

    def construct(self, q_hidden, d_hidden):
        q = self.q_proj(q_hidden.mean(axis=1))
        d = self.d_proj(d_hidden.mean(axis=1))
        scores = ops.matmul(q, d.T)
        hidden = (q_hidden, d_hidden) if self.output_hidden_states else None
        if not self.return_dict:
            out = (scores, q, d)
            return out + (hidden,) if hidden is not None else out
        return RetrieverOutput(scores, q, d, hidden_states=hidden)


class ScoreOnly(nn.Cell):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def construct(self, q_hidden, d_hidden):
        return self.model(q_hidden, d_hidden).scores


def make():
    np.random.seed(12)
    qh = Tensor(np.random.randn(3, 5, 16).astype(np.float32))
    dh = Tensor(np.random.randn(3, 9, 16).astype(np.float32))
    return ScoreOnly(BiEncoder(RetrieverConfig())), (qh, dh)
