# case: multi-task imitation policy with FiLM conditioning: task ids looked up in an nn.Embedding for every sample, optional language embedding added when given (None by default), FiLM gamma/beta split by a Python constant -> all shapes static, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskConfig:
    def __init__(self, n_tasks=10, state_dim=8, hidden=32, lang_dim=12, use_film=True):
        self.n_tasks = n_tasks
        self.state_dim = state_dim
        self.hidden = hidden
        self.lang_dim = lang_dim
        self.use_film = use_film


class FiLM(nn.Dense):
    def __init__(self, cond_dim, hidden):
        super().__init__(cond_dim, 2 * hidden)
        self.hidden = hidden

    def construct(self, h, cond):
        gamma, beta = ops.split(super().construct(cond), self.hidden, axis=-1)
        return h * (1 + gamma) + beta


class TaskConditionedEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_film = config.use_film
        self.task_table = nn.Embedding(config.n_tasks, config.hidden)
        self.lang_proj = nn.Dense(config.lang_dim, config.hidden)
        self.state_proj = nn.Dense(config.state_dim, config.hidden)
        self.film = FiLM(config.hidden, config.hidden)

    def construct(self, state, task_ids, lang_emb=None):
        cond = self.task_table(task_ids)
        if lang_emb is not None:
            cond = cond + self.lang_proj(lang_emb)
        h = self.state_proj(state)
        if self.use_film:
            h = self.film(h, cond)
        return ops.relu(h)


def make():
    np.random.seed(25)
    state = Tensor(np.random.randn(6, 8).astype(np.float32))
    ids = Tensor(np.array([3, 3, 1, 7, 1, 3], dtype=np.int32))
    return TaskConditionedEncoder(TaskConfig()), (state, ids)
