# case: MoE gate computes the sequence-level auxiliary balance loss in training and stores it on self (self.aux_loss = ...) inside construct for the trainer to pick up -> attribute write in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateConfig:
    def __init__(self, hidden_size=32, n_routed_experts=4, num_experts_per_tok=2, aux_loss_alpha=0.01, seq_aux=True):
        self.hidden_size = hidden_size
        self.n_routed_experts = n_routed_experts
        self.num_experts_per_tok = num_experts_per_tok
        self.aux_loss_alpha = aux_loss_alpha
        self.seq_aux = seq_aux


class MoEGate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.num_experts_per_tok
        self.n_experts = config.n_routed_experts
        self.alpha = config.aux_loss_alpha
        self.seq_aux = config.seq_aux
        self._init_weight(config.hidden_size)
        self.aux_loss = Tensor(0.0, ms.float32)

    def _init_weight(self, hidden_size):
        w = np.random.normal(0, 0.02, (self.n_experts, hidden_size)).astype(np.float32)
        self.weight = ms.Parameter(Tensor(w), name="gate_weight")

    def _balance_loss(self, scores, topk_idx):
        bsz, seq_len, _ = scores.shape
        ce = ops.one_hot(topk_idx.reshape(bsz, -1), self.n_experts, Tensor(1.0, ms.float32),
                         Tensor(0.0, ms.float32)).mean(axis=1)
        fi = ce * self.n_experts
        return (fi * scores.mean(axis=1)).sum(axis=-1).mean() * self.alpha

    def construct(self, hidden_states):
        logits = ops.matmul(hidden_states, self.weight.T)
        scores = ops.softmax(logits, axis=-1)
        topk_weight, topk_idx = ops.topk(scores, self.top_k)
        if self.training and self.alpha > 0.0:
            self.aux_loss = self._balance_loss(scores, topk_idx)
        return topk_idx, topk_weight


def make():
    np.random.seed(26)
    gate = MoEGate(GateConfig())
    gate.set_train(True)
    x = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    return gate, (x,)
