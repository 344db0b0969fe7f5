# case: multi-task imitation batch conditions on task language embeddings; the encoder deduplicates task ids with ops.unique, embeds each distinct task once and scatters back with the inverse index -> unique output length depends on data, expect dynamic shape or a Graph-mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskConfig:
    def __init__(self, n_tasks=10, task_dim=16, state_dim=8, hidden=32, dedup_tasks=True):
        self.n_tasks = n_tasks
        self.task_dim = task_dim
        self.state_dim = state_dim
        self.hidden = hidden
        self.dedup_tasks = dedup_tasks


class TaskConditioner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dedup_tasks = config.dedup_tasks
        self.task_table = nn.Embedding(config.n_tasks, config.task_dim)
        self.task_proj = nn.Dense(config.task_dim, config.hidden)
        self.state_proj = nn.Dense(config.state_dim, config.hidden)

    def _task_features(self, task_ids):
        if self.dedup_tasks:
            uniq, inverse = ops.unique(task_ids)
            feats = self.task_proj(self.task_table(uniq))
            return ops.gather(feats, inverse, 0)
        return self.task_proj(self.task_table(task_ids))

    def construct(self, state, task_ids):
        film = self._task_features(task_ids)
        return ops.relu(self.state_proj(state) * (1 + film))


def make():
    np.random.seed(24)
    state = Tensor(np.random.randn(6, 8).astype(np.float32))
    ids = Tensor(np.array([3, 3, 1, 7, 1, 3], dtype=np.int32))
    return TaskConditioner(TaskConfig()), (state, ids)
