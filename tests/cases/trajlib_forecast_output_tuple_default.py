# case: Wayformer-style forecaster has a ForecastOutput class path but config.return_dict defaults to False, so construct returns a tuple whose length depends on output_embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastOutput:
    def __init__(self, trajectories, mode_logits, scene_embedding=None):
        self.trajectories = trajectories
        self.mode_logits = mode_logits
        self.scene_embedding = scene_embedding


class WayformerConfig:
    def __init__(self, hidden_size=32, num_modes=6, future_steps=12,
                 return_dict=False, output_embeddings=True):
        self.hidden_size = hidden_size
        self.num_modes = num_modes
        self.future_steps = future_steps
        self.return_dict = return_dict
        self.output_embeddings = output_embeddings


class WayformerHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_embeddings = config.output_embeddings
        self.k, self.t = config.num_modes, config.future_steps
        self.mode_queries = nn.Dense(config.hidden_size, self.k * config.hidden_size)
        self.traj = nn.Dense(config.hidden_size, self.t * 2)
        self.logit = nn.Dense(config.hidden_size, 1)

    def construct(self, scene_emb):
        b, d = scene_emb.shape
        q = ops.tanh(self.mode_queries(scene_emb)).reshape(b, self.k, d)
        trajs = self.traj(q).reshape(b, self.k, self.t, 2).cumsum(axis=2)
        logits = self.logit(q).squeeze(-1)
        if self.return_dict:
            return ForecastOutput(trajs, logits, scene_emb)
        outputs = (trajs, logits)
        outputs = outputs + (q,) if self.output_embeddings else outputs
        return outputs


def make():
    np.random.seed(20)
    emb = Tensor(np.random.randn(2, 32).astype(np.float32))
    return WayformerHead(WayformerConfig()), (emb,)
