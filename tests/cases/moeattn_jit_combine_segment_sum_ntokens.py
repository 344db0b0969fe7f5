# case: @ms.jit combine step summing weighted expert outputs back to tokens with unsorted_segment_sum using num_segments from the max token id -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _weighted_expert_outputs(expert_out, gate_weights, renormalize):
    if renormalize:
        gate_weights = gate_weights / (gate_weights.sum() + 1e-9) * gate_weights.shape[0]
    return expert_out * gate_weights.expand_dims(-1)


@ms.jit
def combine_expert_outputs(expert_out, gate_weights, token_ids, residual):
    """expert_out: [n_assign, d] rows produced by the experts for (token, expert) pairs,
    token_ids: [n_assign] index of the source token for every row."""
    weighted = _weighted_expert_outputs(expert_out, gate_weights, False)
    num_tokens = token_ids.max() + 1
    combined = ops.unsorted_segment_sum(weighted, token_ids, num_tokens)
    return residual[:combined.shape[0]] + combined


def make():
    np.random.seed(15)
    top_k, n_tok, d = 2, 5, 8
    token_ids = np.repeat(np.arange(n_tok), top_k).astype(np.int32)
    expert_out = Tensor(np.random.randn(n_tok * top_k, d).astype(np.float32))
    gate_w = Tensor(np.random.rand(n_tok * top_k).astype(np.float32))
    residual = Tensor(np.random.randn(n_tok, d).astype(np.float32))
    return combine_expert_outputs, (expert_out, gate_w, Tensor(token_ids), residual)
