# case: dual encoder with shared weights returns a tuple because return_dict defaults to False; the output-class branch is never taken -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DualEncoderConfig:
    def __init__(self, vocab_size=80, hidden_size=16, share_weights=True, return_dict=False, temperature=0.05):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.share_weights = share_weights
        self.return_dict = return_dict
        self.temperature = temperature


class DualEncoderOutput:
    def __init__(self, scores=None, q_reps=None, p_reps=None):
        self.scores = scores
        self.q_reps = q_reps
        self.p_reps = p_reps


class Tower(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.dense = nn.Dense(config.hidden_size, config.hidden_size, activation="tanh")

    def construct(self, ids):
        return self.dense(self.embed(ids))[:, 0]


class DualEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.query_tower = Tower(config)
        self.passage_tower = self.query_tower if config.share_weights else Tower(config)
        self.return_dict = config.return_dict
        self.temperature = config.temperature

    def construct(self, q_ids, p_ids, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        q = self.query_tower(q_ids)
        p = self.passage_tower(p_ids)
        scores = ops.matmul(q, p.T) / self.temperature
        if not return_dict:
            return (scores, q, p)
        return DualEncoderOutput(scores=scores, q_reps=q, p_reps=p)


def make():
    np.random.seed(11)
    q = Tensor(np.random.randint(1, 80, (4, 6)).astype(np.int32))
    p = Tensor(np.random.randint(1, 80, (4, 12)).astype(np.int32))
    return DualEncoder(DualEncoderConfig()), (q, p)
