# case: scene encoder that prepends the ego token only when the ego-valid flag tensor is set, so the branches return different agent counts -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneTokenizer(nn.Cell):
    def __init__(self, in_dim=6, d_model=16):
        super().__init__()
        self.agent_proj = nn.Dense(in_dim, d_model)
        self.ego_proj = nn.Dense(in_dim, d_model)
        self.norm = nn.LayerNorm((d_model,))

    def construct(self, ego_state, agent_states, ego_valid):
        tokens = self.agent_proj(agent_states)
        if ego_valid:
            ego_tok = self.ego_proj(ego_state).expand_dims(0)
            tokens = ops.concat([ego_tok, tokens], axis=0)
        return self.norm(tokens)


class SceneEncoder(nn.Cell):
    def __init__(self, d_model=16):
        super().__init__()
        self.tokenizer = SceneTokenizer(d_model=d_model)
        self.ffn = nn.Dense(d_model, d_model)

    def construct(self, ego_state, agent_states, ego_valid):
        tokens = self.tokenizer(ego_state, agent_states, ego_valid)
        return ops.relu(self.ffn(tokens)).mean(axis=0)


def make():
    np.random.seed(12)
    ego = Tensor(np.random.randn(6).astype(np.float32))
    agents = Tensor(np.random.randn(5, 6).astype(np.float32))
    return SceneEncoder(), (ego, agents, Tensor(True))
